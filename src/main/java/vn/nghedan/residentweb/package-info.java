/**
 * The resident web page ({@code /y-kien}) and the public JSON behind it ({@code /api/public/**}):
 * residents without Telegram file a submission (channel {@code WEB}), support a similar one, and
 * follow it through a private link. No account: abuse is held off by a rate per address, a light
 * challenge on the HTML form and the daily limit per contact. An official's answer reaches a web
 * author on the follow page, the web's own channel.
 */
package vn.nghedan.residentweb;
