//! Exposes the logits behind the model's probabilities as a second graph output.
//!
//! Why: the graph ends in `Sigmoid`, and f32 probabilities saturate. Above a logit of about 17 a
//! label's probability is exactly 1.0, so two windows that the network tells apart (logits 25 and
//! 18) score the same, and an explanation by occlusion, which measures how far a label falls when a
//! word is left out, sees no fall at all. The probabilities stay the graph's own first output, so
//! scores are what they always were; the logits come from the same run at no extra cost.

use tract_onnx::pb::{GraphProto, ModelProto, NodeProto};

/// Adds the input of the graph's final `Sigmoid` (through any `Identity` nodes after it) as a
/// second graph output, typed like the first; returns whether it did. A graph with other than one
/// output, or whose output is not a sigmoid, is left as it is (its logits are then recovered from
/// the probabilities, [`logit`]).
pub(crate) fn expose_logits(model: &mut ModelProto) -> bool {
    let Some(graph) = model.graph.as_mut() else { return false };
    let Some(logits) = sigmoid_input(graph) else { return false };
    let mut output = graph.output[0].clone();
    output.name = logits;
    graph.output.push(output);
    true
}

/// The name of the tensor the single graph output is the sigmoid of.
fn sigmoid_input(graph: &GraphProto) -> Option<String> {
    let [output] = graph.output.as_slice() else { return None };
    let producer = |name: &str| graph.node.iter().find(|n| n.output.iter().any(|o| o == name));
    let mut node: &NodeProto = producer(&output.name)?;
    // Bounded: a graph is acyclic, and a chain of Identity nodes cannot be longer than the graph.
    for _ in 0..graph.node.len() {
        let [input] = node.input.as_slice() else { return None };
        if !node.domain.is_empty() {
            return None;
        }
        match node.op_type.as_str() {
            "Identity" => node = producer(input)?,
            "Sigmoid" => return Some(input.clone()),
            _ => return None,
        }
    }
    None
}

/// The log-odds of a probability: the logit a sigmoid output came from, for a model whose graph
/// does not expose its logits. Clamped, so a saturated 0 or 1 gives a large finite value.
pub(crate) fn logit(p: f32) -> f32 {
    let p = p.clamp(1e-7, 1.0 - 1e-7);
    (p / (1.0 - p)).ln()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;
    use tract_onnx::prelude::*;

    fn shipped() -> ModelProto {
        let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/model/palisade.onnx")).unwrap();
        tract_onnx::onnx().proto_model_for_read(&mut Cursor::new(&bytes)).unwrap()
    }

    #[test]
    fn the_shipped_graph_gets_its_logits_as_a_second_output() {
        let mut model = shipped();
        assert!(expose_logits(&mut model));
        let outputs: Vec<_> = model.graph.as_ref().unwrap().output.iter().map(|o| o.name.clone()).collect();
        assert_eq!(outputs.len(), 2);
        assert_eq!(outputs[0], "probs");
        // Once is enough: the graph now has two outputs and is left alone.
        assert!(!expose_logits(&mut model));
    }

    #[test]
    fn a_graph_that_does_not_end_in_a_sigmoid_is_left_alone() {
        let mut model = shipped();
        let graph = model.graph.as_mut().unwrap();
        let last = graph.node.iter_mut().find(|n| n.op_type == "Sigmoid").unwrap();
        last.op_type = "Relu".into();
        let before = graph.output.clone();
        assert!(!expose_logits(&mut model));
        assert_eq!(model.graph.unwrap().output, before);
    }

    #[test]
    fn log_odds_invert_the_sigmoid_and_stay_finite() {
        for x in [-8.0f32, -1.0, 0.0, 0.5, 3.0, 9.0] {
            assert!((logit(1.0 / (1.0 + (-x).exp())) - x).abs() < 1e-3, "{x}");
        }
        assert!(logit(1.0).is_finite() && logit(0.0).is_finite() && logit(1.0) > 15.0);
    }
}
