package courseware.model;

/**
 * A known wrong computation of a numeric answer and what to tell a learner who made it: an answer in the interval
 * its value gets (the answer's own tolerance rule, at the answer's precision) hears {@code feedback}, not "not quite".
 */
public record Misconception(ValueRef value, Markup feedback) implements java.io.Serializable {}
