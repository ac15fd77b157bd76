package illustrated.site;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.FreemarkerTemplateEngine;
import org.jbake.template.RenderingException;

/**
 * The only way this project makes a FreeMarker configuration, for JBake's bake and for the direct
 * renderer alike. Templates are code the build runs, so they get FreeMarker's own safety switches
 * rather than a text search for dangerous words:
 *
 * <ul>
 *   <li>{@code new_builtin_class_resolver} = {@link TemplateClassResolver#ALLOWS_NOTHING_RESOLVER}:
 *       {@code ?new} cannot instantiate any class (no {@code Execute}, no {@code ObjectConstructor}),
 *       however the expression is written, split over lines, built by {@code ?interpret}, or placed in
 *       an included file;</li>
 *   <li>{@code api_builtin_enabled} = false: {@code ?api} cannot reach the Java objects behind values;</li>
 *   <li>templates load only from the template folder: FreeMarker refuses names that back out of it,
 *       and its file loader refuses links that lead outside (the build refuses links in templates/
 *       before that, see {@code InputFiles});</li>
 *   <li>in JBake, the template model has no {@code db} or {@code data} entry (JBake hands the templates
 *       its content store as a Java bean there) and only {@code .ftl} templates run: JBake would
 *       otherwise fall back to other template engines for a missing template.</li>
 * </ul>
 * FreeMarker's {@code <#setting>} cannot switch these back: it accepts formatting settings only.
 */
public final class TemplateSandbox {
    /** Entries of JBake's template model that expose Java objects as beans. */
    private static final Set<String> HIDDEN = Set.of("db", "data");

    private TemplateSandbox() {
    }

    /** A locked-down configuration loading templates from {@code templates}. */
    public static Configuration configuration(Path templates) throws IOException {
        Configuration cfg = new Configuration(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setTemplateLoader(new FileTemplateLoader(templates.toFile(), false));
        lockDown(cfg);
        return cfg;
    }

    /** Sets the safety switches on {@code cfg}. */
    public static void lockDown(Configuration cfg) {
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
    }

    /**
     * JBake's template engine with the sandboxed configuration: the model JBake's own delegating
     * engine builds (version, config), rendered by FreeMarker only.
     */
    static final class JBakeEngine extends DelegatingTemplateEngine {
        private final Configuration cfg;
        private final List<Throwable> failures = new CopyOnWriteArrayList<>();

        JBakeEngine(ContentStore db, JBakeConfiguration config) throws IOException {
            super(db, config);
            cfg = configuration(config.getTemplateFolder().toPath());
        }

        @Override
        public void renderDocument(Map<String, Object> model, String templateName, Writer writer)
                throws RenderingException {
            model.put("version", config.getVersion());
            Map<String, Object> settings = new HashMap<>();
            for (Iterator<String> keys = config.getKeys(); keys.hasNext();) {
                String key = keys.next();
                settings.put(key.replace(".", "_"),
                        key.equals("index.paginate") ? Boolean.valueOf(config.getPaginateIndex()) : config.get(key));
            }
            model.put("config", settings);
            if (!templateName.endsWith(".ftl")) {
                RenderingException e = new RenderingException("only FreeMarker templates (.ftl) are rendered, not '"
                        + templateName + "'");
                failures.add(e);
                throw e;
            }
            try {
                Template t = cfg.getTemplate(templateName);
                TemplateHashModel jbake = new FreemarkerTemplateEngine.LazyLoadingModel(cfg.getObjectWrapper(), model, db);
                t.process(new TemplateHashModel() {
                    @Override
                    public TemplateModel get(String key) throws TemplateModelException {
                        return HIDDEN.contains(key) ? null : jbake.get(key);
                    }

                    @Override
                    public boolean isEmpty() {
                        return false;
                    }
                }, writer);
            } catch (IOException | TemplateException e) {
                failures.add(e);
                throw new RenderingException(e);
            }
        }

        /**
         * What failed in the templates, as FreeMarker threw it (with template, line and column): JBake
         * keeps only the messages of failed renders.
         */
        List<Throwable> failures() {
            return List.copyOf(failures);
        }
    }
}
