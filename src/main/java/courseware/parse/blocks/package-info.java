/** The registry of fenced-block kinds ({@code compute}, {@code quiz}) and the extension that keeps them off the page. */
package courseware.parse.blocks;
