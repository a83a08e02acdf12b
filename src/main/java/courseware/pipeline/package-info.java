/**
 * The orchestrator ({@code Build}): per lesson load, parse, check, typeset; then link, render, write; no output on any error.
 * {@code Checking} is its parse-and-check step and its linking, the one path for any caller that wants typed results.
 */
package courseware.pipeline;
