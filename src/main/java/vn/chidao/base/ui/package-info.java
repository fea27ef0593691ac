/** Shared UI: the app shell and theme, the main layout with role-filtered navigation, languages, and error display. */
package vn.chidao.base.ui;
