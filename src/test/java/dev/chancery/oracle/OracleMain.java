package dev.chancery.oracle;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chancery.load.FactsLoader;
import dev.chancery.input.Workspace;
import dev.chancery.load.World;
import java.nio.file.Path;
import java.util.List;

/**
 * The oracle as a process, for whole-process benchmarks against {@code chancery run}: loads the
 * world with the same loader and prints its answer as JSON. {@code bench/run.sh} runs it.
 */
public final class OracleMain {
    private OracleMain() {
    }

    public static void main(String[] args) throws Exception {
        World world = new FactsLoader(Workspace.detect()).load(List.of(Path.of(args[0]).toAbsolutePath()));
        Oracle.Answer answer = Oracle.answer(world, null);
        System.out.println(new ObjectMapper().writeValueAsString(answer));
    }
}
