"""Actor knowledge base (countries, organisations, people, agents) and resolution."""

from legation.actors.kb import KnowledgeBase, Match, load_knowledge_base
from legation.actors.resolve import ActorMemory, resolve_actor

__all__ = ["ActorMemory", "KnowledgeBase", "Match", "load_knowledge_base", "resolve_actor"]
