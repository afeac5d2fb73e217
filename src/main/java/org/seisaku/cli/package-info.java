/** The command line: one class per subcommand; Main only wires picocli. */
package org.seisaku.cli;
