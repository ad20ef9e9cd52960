package org.taawun.support.directory;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ListedServiceRepository extends JpaRepository<ListedService, UUID>, JpaSpecificationExecutor<ListedService> {

    List<ListedService> findByCountryAndNationalTrue(String country);

    boolean existsByExampleTrue();

    List<ListedService> findByCountryAndRegionCodeAndNationalFalse(String country, String regionCode);

    @Query("select distinct s.city from ListedService s where s.country = ?1 and s.regionCode = ?2"
            + " and s.city is not null order by s.city")
    List<String> citiesOf(String country, String regionCode);
}
