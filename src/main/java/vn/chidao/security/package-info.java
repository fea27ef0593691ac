/** Users, roles, login (form for the UI, HTTP Basic for the API) and the first administrator. */
package vn.chidao.security;
