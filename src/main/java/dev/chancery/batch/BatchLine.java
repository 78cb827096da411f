package dev.chancery.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.chancery.result.Result;
import dev.chancery.result.ResultDiff;

/**
 * One line of a batch's output: the scenario's result (or, with {@code --result diff}, only what it
 * changes from its base world), or the error that stopped it. {@code input} is the SHA-256 of the scenario's
 * text ("sha256:..."): with its name, a line says which scenario it answers without joining back to the input.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchLine(int index, String id, String name, String input, boolean ok, double timeMs, Result result,
                        ResultDiff changes, String error) {
}
