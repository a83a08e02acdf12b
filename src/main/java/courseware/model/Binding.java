package courseware.model;

import courseware.diag.Pos;

/**
 * One line of a {@code compute} block: {@code given name = literal} declares a value the lesson
 * shows; {@code name = expression} computes one with the engine.
 */
public record Binding(String name, String expression, boolean given, Pos pos, Pos expressionPos) implements java.io.Serializable {}
