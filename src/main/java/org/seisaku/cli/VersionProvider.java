package org.seisaku.cli;

import picocli.CommandLine;

/** The version from the jar manifest (Implementation-Version), or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {"seisaku " + (v == null ? "development" : v)};
  }
}
