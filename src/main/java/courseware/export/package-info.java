/** Quiz export to learning platforms (QTI 2.1, Moodle XML) from the typed check results: the rule kept exactly, or refused at its place. */
package courseware.export;
