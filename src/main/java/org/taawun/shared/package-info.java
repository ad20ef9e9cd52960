/** Small open kernel: money, web layout, locales, problem details, media storage, the embedded database. */
@org.springframework.modulith.ApplicationModule(
        type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package org.taawun.shared;
