/**
 * The Vietnamese working-day calendar: which days civil servants work (Monday to Friday, less the public holidays
 * of the Labour Code and the Prime Minister's yearly schedule), and deadlines counted in working days.
 * Depends on base only; other features use {@link vn.chidao.calendar.WorkingCalendar}.
 */
package vn.chidao.calendar;
