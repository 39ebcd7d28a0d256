/**
 * The ward's officials: their accounts and roles, who may sign in where (console, REST API,
 * actuator), the console, the REST API for sessions and moderation, the officials' Telegram
 * commands, and the audit log of what they did. Other modules see only
 * {@link vn.nghedan.officials.OfficialDirectory} (is this Telegram user an official?) and
 * {@link vn.nghedan.officials.AuditLog}: Spring Modulith keeps every sub-package internal to the
 * module, so the types the sub-packages share are public without becoming the module's API.
 *
 * <ul>
 *   <li>{@code core} — what several sub-packages share: an official's scope
 *       ({@code OfficialScope}), the agenda downloads ({@code AgendaAccess}), moderation, session
 *       administration, the submission queries and their views, the API's time format and the
 *       localized errors.
 *   <li>{@code accounts} — accounts, roles, the signed-in {@code OfficialUser}, the first admin.
 *   <li>{@code security} — the security chains, API access rules, sign-in (throttle, audit,
 *       details) and the live-account check.
 *   <li>{@code console} — the officials' web console: controllers, forms, pages, its error
 *       handling, locale and model advice, the login page.
 *   <li>{@code api} — the REST API under {@code /api}: its controllers, requests, views, errors
 *       and OpenAPI document.
 *   <li>{@code bot} — the officials' commands in the Telegram bot.
 * </ul>
 */
package vn.nghedan.officials;
