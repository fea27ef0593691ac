/**
 * Shared infrastructure: the caller's identity, domain errors and their HTTP mapping, time, messages, and
 * (in base.ui) the UI's frame. Every feature may use all of it, sub-packages included: an open module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.chidao.base;

import org.springframework.modulith.ApplicationModule;
