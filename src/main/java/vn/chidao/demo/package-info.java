/** Demo data from seeds/, loaded through the services on the first start of an empty database. */
package vn.chidao.demo;
