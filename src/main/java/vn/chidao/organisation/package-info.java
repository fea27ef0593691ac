/** Governments (provinces, cities) and their units: departments, districts, communes. */
package vn.chidao.organisation;
