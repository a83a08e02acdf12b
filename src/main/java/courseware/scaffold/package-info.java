/** {@code new lesson}: a lesson with every part and one of each block, which passes {@code check --strict} as written. */
package courseware.scaffold;
