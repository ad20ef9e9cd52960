/**
 * The registry of cooperatives and women's groups: applications, verification by an administrator, the storefront
 * profile that a cooperative's manager edits, certifications. Other modules read it through {@link
 * org.taawun.cooperative.CooperativeDirectory}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "notification", "shared"})
package org.taawun.cooperative;
