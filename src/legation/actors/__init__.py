"""Actor knowledge base (countries, organisations, people, agents) and resolution."""

from legation.actors.kb import KnowledgeBase, Match, load_knowledge_base
from legation.actors.resolve import ActorMemory, actor_on, resolve_actor

__all__ = ["ActorMemory", "actor_on", "KnowledgeBase", "Match", "load_knowledge_base", "resolve_actor"]
