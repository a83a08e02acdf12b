/** The renderer of {@link courseware.parse.blocks.BlocksExtension}. */
package courseware.parse.blocks.internal;
