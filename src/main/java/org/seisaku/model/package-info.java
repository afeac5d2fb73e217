/** The immutable domain model: ministries, fiscal years, amounts, programs, program-years, budget items, documents. */
package org.seisaku.model;
