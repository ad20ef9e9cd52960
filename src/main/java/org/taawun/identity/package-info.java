/**
 * Identity: accounts, roles, login, API tokens and the cooperatives a user may act for. Other modules use
 * {@link org.taawun.identity.AccessGuard}, {@link org.taawun.identity.Accounts} and
 * {@link org.taawun.identity.TaawunUser}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"notification", "shared"})
package org.taawun.identity;
