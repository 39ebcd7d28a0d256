/**
 * The ward's officials: their accounts and roles, who may sign in where (console, REST API,
 * actuator), the REST API for sessions and moderation, and the audit log of what they did.
 * Other modules see only {@link vn.nghedan.officials.OfficialDirectory} (is this Telegram user an
 * official?) and {@link vn.nghedan.officials.AuditLog}.
 */
package vn.nghedan.officials;
