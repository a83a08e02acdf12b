package courseware.model;

import courseware.diag.Pos;

/** A term and its definition; {@code name} is the plain text used for anchors and sorting. */
public record KeyTerm(Pos pos, String name, Markup term, Markup definition) implements java.io.Serializable {}
