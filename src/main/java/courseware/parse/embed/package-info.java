/** The one way a parsed node becomes an embed placeholder: its index in the fragment's embeds, kept in the document's data. */
package courseware.parse.embed;
