package illustrated.cli;

import illustrated.problem.Suggest;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Bad usage told in one line: what is wrong with the command line and, for a misspelled option or
 * command, the closest one that exists ({@link Suggest}).
 */
final class Usage {
    private Usage() {
    }

    static String message(CommandLine.ParameterException e) {
        CommandLine line = e.getCommandLine();
        String cmd = name(line).strip();
        String where = cmd.isEmpty() ? "" : " for " + cmd;
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String arg = u.getUnmatched().get(0);
            CommandSpec spec = line.getCommandSpec();
            if (arg.startsWith("-")) {
                String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                return "unknown option '" + arg + "'" + where + "; " + Suggest.didYouMean(option, optionNames(spec));
            }
            if (!spec.subcommands().isEmpty() && spec.positionalParameters().isEmpty()) {
                return "unknown command '" + arg + "'" + where + "; "
                        + Suggest.didYouMean(arg, new ArrayList<>(spec.subcommands().keySet()));
            }
            return "unexpected argument '" + arg + "'" + where;
        }
        if (e instanceof CommandLine.MissingParameterException m && m.getMissing().size() == 1
                && m.getMissing().get(0) instanceof OptionSpec o && o.arity().min() > 0
                && e.getMessage().contains("for option")) {
            return o.longestName() + " needs a value (" + o.paramLabel() + ")" + where;
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            return cmd + " needs " + String.join(" ", line.getCommandSpec().positionalParameters().stream()
                    .map(ArgSpec::paramLabel).toList()) + " (missing: " + String.join(", ", m.getMissing().stream()
                    .map(ArgSpec::paramLabel).toList()) + "); " + String.join(" ",
                    line.getCommandSpec().usageMessage().description());
        }
        return e.getMessage() + where;
    }

    /** The command's name as typed after generator/bin/site, with a trailing space ("" for the top). */
    static String name(CommandLine line) {
        StringBuilder sb = new StringBuilder();
        for (CommandSpec s = line.getCommandSpec(); s.parent() != null; s = s.parent()) {
            sb.insert(0, s.name() + " ");
        }
        return sb.toString();
    }

    private static List<String> optionNames(CommandSpec spec) {
        List<String> names = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            if (!o.hidden()) {
                names.addAll(List.of(o.names()));
            }
        }
        return names;
    }
}
