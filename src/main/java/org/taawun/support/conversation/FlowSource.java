package org.taawun.support.conversation;

/** Where the engine reads the flow it runs: the active version of the support flow (see {@code support.flows}). */
public interface FlowSource {

    /** The name of the flow that the chatbot runs. */
    String SUPPORT = "support";

    Flow active();
}
