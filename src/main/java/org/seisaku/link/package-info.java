/** Joins program-years into programs with stable ids, recording the rule of each link. */
package org.seisaku.link;
