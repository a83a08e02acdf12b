package courseware.model;

/**
 * Something a rendered fragment holds that only a later stage can finish: typeset math, a checked
 * value, a figure drawn from checked values. The fragment's HTML carries a placeholder per embed
 * ({@link Markup#placeholder(int)}); the render stage swaps in each embed's HTML. A new kind is one
 * more record here and one more case in render.
 */
public sealed interface Embed extends java.io.Serializable permits MathSpan, ValueRef, Figure {}
