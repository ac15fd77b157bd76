package illustrated.build;

import illustrated.problem.Problems;

/**
 * What every stage of one build works with: the options, the log, and the problems found so far (a
 * stage adds what is wrong and the build stops at the end of a stage that found any).
 */
record BuildRun(BuildOptions options, BuildLog log, Problems problems) {

    /** Whether this build is for the preview server (drafts shown, reload script added). */
    boolean preview() {
        return "preview".equals(options.buildMode());
    }
}
