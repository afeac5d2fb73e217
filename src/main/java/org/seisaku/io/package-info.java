/** Files and folders written whole or not at all, shared by the stages that write output. */
package org.seisaku.io;
