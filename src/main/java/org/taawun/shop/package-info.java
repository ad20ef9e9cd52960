/** Physical shops selling cooperatives' goods on consignment; for now their registry and pickup points. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package org.taawun.shop;
