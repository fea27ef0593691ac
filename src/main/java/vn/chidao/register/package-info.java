/** The register (sổ theo dõi): every assignment the caller may see, filtered, counted, exported, moved to another unit. */
package vn.chidao.register;
