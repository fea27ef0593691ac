/** Extensions (gia hạn): a unit asks for a later deadline with a reason; the secretariat or the leaders decide. */
package vn.chidao.extension;
