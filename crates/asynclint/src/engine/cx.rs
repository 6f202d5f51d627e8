//! What a rule gets when the walk calls it: read access to the [`SemanticModel`] and a place
//! to report findings, unconditional or confirmed later by the crate index. A rule's own state
//! is passed beside it, never inside.

use super::facts::{Condition, Output, Pending};
use super::model::SemanticModel;
use crate::Diagnostic;

pub(crate) struct Cx<'c, 'a> {
    pub model: &'c SemanticModel<'a>,
    pub out: &'c mut Output,
}

impl Cx<'_, '_> {
    /// A finding that needs no crate knowledge.
    pub fn report(&mut self, diagnostic: Diagnostic) {
        let guard = self.model.frame().offload_guard.clone();
        self.out.findings.push((diagnostic, guard));
    }

    /// A finding that the crate index confirms in pass 2.
    pub fn report_if(&mut self, diagnostic: Diagnostic, condition: Condition) {
        self.pend(diagnostic, condition, None);
    }

    /// `diagnostic` when the index confirms `condition`, else `otherwise`.
    pub fn report_either(
        &mut self,
        diagnostic: Diagnostic,
        condition: Condition,
        otherwise: Diagnostic,
    ) {
        self.pend(diagnostic, condition, Some(otherwise));
    }

    fn pend(
        &mut self,
        diagnostic: Diagnostic,
        condition: Condition,
        otherwise: Option<Diagnostic>,
    ) {
        let offload_guard = self.model.frame().offload_guard.clone();
        self.out.facts.pending.push(Pending {
            diagnostic,
            condition,
            otherwise,
            offload_guard,
        });
    }

    /// The facts of the fn item being walked, if any.
    pub fn item_fn_facts(&mut self) -> Option<&mut super::facts::FnFacts> {
        let index = self.model.frame().item_fn?;
        self.out.facts.fns.get_mut(index)
    }
}
