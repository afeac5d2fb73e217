package org.seisaku.model;

import java.util.List;

/**
 * A ministry or agency (府省庁).
 *
 * @param id ASCII slug used in URLs ({@code soumu})
 * @param name Japanese name (総務省)
 * @param english English name (Ministry of Internal Affairs and Communications)
 * @param aliases other names it is written as (総務, 厚労省 …), without the name itself
 * @param order position in the government's tables (建制順); lower comes first
 * @param parent id of the ministry an 外局 belongs to (国税庁 → {@code mof}), or null
 * @param since first fiscal year it existed, or null
 * @param until last fiscal year it existed, or null
 */
public record Ministry(String id, String name, String english, List<String> aliases, int order, String parent,
    Integer since, Integer until) {
  public Ministry {
    aliases = List.copyOf(aliases);
  }
}
