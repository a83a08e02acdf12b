/** {@code check --fix}: wrong stated answers rewritten from the engine's values, as a unified diff. */
package courseware.fix;
