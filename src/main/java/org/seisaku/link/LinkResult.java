package org.seisaku.link;

import java.util.List;
import java.util.Map;
import org.seisaku.model.Program;

/**
 * What the linker makes of a corpus (CONTRACT.md).
 *
 * @param programs the programs, sorted by id
 * @param redirects old program id → current id
 * @param documentPrograms document slug → program ids named in its front matter or by a sheet
 */
public record LinkResult(List<Program> programs, Map<String, String> redirects, Map<String, List<String>> documentPrograms) {}
