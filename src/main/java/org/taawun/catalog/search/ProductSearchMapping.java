package org.taawun.catalog.search;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Norms;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.PropertyMappingStep;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.hibernate.search.mapper.pojo.model.PojoElementAccessor;
import org.taawun.catalog.domain.ProductIndexing;
import org.taawun.catalog.search.SearchAnalyzers.Language;

/**
 * Maps the product entity (known here by its name, {@link ProductIndexing#TYPE}) to the search index without
 * annotations on the entity: names and descriptions in their
 * language and again with the Latin-script analyser (so that a query in any language and script meets its synonyms),
 * keyword fields to filter and count by, and the price and publication date to sort by. Every product is indexed,
 * whatever its status; queries keep the published ones.
 */
public class ProductSearchMapping implements HibernateOrmSearchMappingConfigurer {

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep product = context.programmaticMapping().type(ProductIndexing.TYPE);
        product.indexed().index(ProductFields.INDEX);
        product.property("id").binder(new IdOrderBinder());
        for (ProductFields.Text text : ProductFields.TEXTS) {
            PropertyMappingStep property = product.property(text.property());
            property.fullTextField(text.property())
                    .analyzer(text.language().analyzer())
                    .searchAnalyzer(text.language().queryAnalyzer())
                    .norms(text.name() ? Norms.YES : Norms.NO)
                    .projectable(text.name() ? Projectable.YES : Projectable.NO);
        }
        product.property("category").keywordField(ProductFields.CATEGORY).aggregable(Aggregable.YES);
        product.property("cooperativeId")
                .keywordField(ProductFields.COOPERATIVE_ID)
                .aggregable(Aggregable.YES);
        product.property("country").keywordField(ProductFields.COUNTRY);
        product.property("regionCode").keywordField(ProductFields.REGION_CODE).aggregable(Aggregable.YES);
        product.property("status").keywordField(ProductFields.STATUS);
        product.property("currency").keywordField(ProductFields.CURRENCY);
        product.property("minPrice")
                .scaledNumberField(ProductFields.MIN_PRICE)
                .decimalScale(3)
                .sortable(Sortable.YES);
        product.property("publishedAt").genericField(ProductFields.PUBLISHED_AT).sortable(Sortable.YES);
        product.binder(new LabelsBinder());
        product.binder(new CooperativeKeyBinder());
        product.binder(new LatinTextsBinder());
    }

    /** The most significant half of the product's id as a sortable number: the last tie-breaker of every sort. */
    static final class IdOrderBinder implements PropertyBinder {

        @Override
        public void bind(PropertyBindingContext context) {
            context.dependencies().useRootOnly();
            IndexFieldReference<Long> order = context.indexSchemaElement()
                    .field(ProductFields.ID_ORDER, f -> f.asLong().sortable(Sortable.YES))
                    .toReference();
            context.bridge(
                    UUID.class, (document, id, bridgeContext) -> document.addValue(order, id.getMostSignificantBits()));
        }
    }

    /** The most significant half of the cooperative's id as a number to count by ({@link ProductFields#COOPERATIVE_KEY}). */
    static final class CooperativeKeyBinder implements TypeBinder {

        @Override
        public void bind(TypeBindingContext context) {
            PojoElementAccessor<UUID> cooperativeId =
                    context.bridgedElement().property("cooperativeId").createAccessor(UUID.class);
            IndexFieldReference<Long> key = context.indexSchemaElement()
                    .field(ProductFields.COOPERATIVE_KEY, f -> f.asLong().aggregable(Aggregable.YES))
                    .toReference();
            context.bridge((document, entity, bridgeContext) -> {
                UUID id = cooperativeId.read(entity);
                if (id != null) {
                    document.addValue(key, id.getMostSignificantBits());
                }
            });
        }
    }

    /**
     * The names, and the descriptions, in every language again through the Latin-script analyser, each group in one
     * field: a Latin-script query meets them in two fields instead of six.
     */
    static final class LatinTextsBinder implements TypeBinder {

        @Override
        public void bind(TypeBindingContext context) {
            List<PojoElementAccessor<String>> names = new ArrayList<>();
            List<PojoElementAccessor<String>> descriptions = new ArrayList<>();
            for (ProductFields.Text text : ProductFields.TEXTS) {
                PojoElementAccessor<String> accessor =
                        context.bridgedElement().property(text.property()).createAccessor(String.class);
                (text.name() ? names : descriptions).add(accessor);
            }
            IndexFieldReference<String> namesField = latinField(context, ProductFields.NAMES_LATIN, Norms.YES);
            IndexFieldReference<String> descriptionsField =
                    latinField(context, ProductFields.DESCRIPTIONS_LATIN, Norms.NO);
            context.bridge((document, entity, bridgeContext) -> {
                add(document, namesField, entity, names);
                add(document, descriptionsField, entity, descriptions);
            });
        }

        private static IndexFieldReference<String> latinField(TypeBindingContext context, String name, Norms norms) {
            return context.indexSchemaElement()
                    .field(
                            name,
                            f -> f.asString()
                                    .analyzer(Language.LATIN.analyzer())
                                    .searchAnalyzer(Language.LATIN.queryAnalyzer())
                                    .norms(norms))
                    .multiValued()
                    .toReference();
        }

        private static void add(
                DocumentElement document,
                IndexFieldReference<String> field,
                Object product,
                List<PojoElementAccessor<String>> texts) {
            for (PojoElementAccessor<String> text : texts) {
                String value = text.read(product);
                if (value != null && !value.isBlank()) {
                    document.addValue(field, value);
                }
            }
        }
    }

    /** One keyword per label: the entity keeps them in one comma-separated column. */
    static final class LabelsBinder implements TypeBinder {

        @Override
        public void bind(TypeBindingContext context) {
            PojoElementAccessor<String> column =
                    context.bridgedElement().property("labels").createAccessor(String.class);
            IndexFieldReference<String> labels = context.indexSchemaElement()
                    .field(ProductFields.LABELS, f -> f.asString().aggregable(Aggregable.YES))
                    .multiValued()
                    .toReference();
            context.bridge((document, entity, bridgeContext) -> {
                String value = column.read(entity);
                if (value != null && !value.isBlank()) {
                    for (String label : value.split(",")) {
                        document.addValue(labels, label);
                    }
                }
            });
        }
    }
}
