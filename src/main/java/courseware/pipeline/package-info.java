/** The orchestrator ({@code Build}): per lesson load, parse, check, typeset; then link, render, write; no output on any error. */
package courseware.pipeline;
