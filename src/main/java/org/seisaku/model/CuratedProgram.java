package org.seisaku.model;

import java.util.List;

/**
 * A program as the publisher curates it in {@code programs.yml}.
 *
 * @param id the program's id, used verbatim in its URL
 * @param name its current name
 * @param ministryId ministry id
 * @param aliases older or other names; a program-year of the same ministry with one of these names joins it
 * @param sameAs program-year references the automatic linker cannot join, as {@code SOURCE:PATH}
 *     (e.g. {@code judgit:data/2023/総務省/2023-総務-22-0015.json}) or {@code FY:NAME} (e.g. {@code 2012:地域経済循環創造事業交付金})
 * @param notes free text shown on the program page, or null
 * @param line line in programs.yml, for problems
 */
public record CuratedProgram(String id, String name, String ministryId, List<String> aliases, List<String> sameAs,
    String notes, int line) {
  public CuratedProgram {
    aliases = List.copyOf(aliases);
    sameAs = List.copyOf(sameAs);
  }
}
