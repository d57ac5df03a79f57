namespace Portal.Benchmarks.Circuits;

/// <summary>
/// The page as blazor.web.js holds it, kept up to date from every render batch the circuit receives, reduced
/// to what the light client needs: each component's logical children (elements, text, markup and child
/// components, regions flattened, as the browser's logical tree has them) and, of each element, whether it
/// carries the target attribute and its handler of the timed event. The edits are applied as the browser
/// applies them (BrowserRenderer.applyEdits), so when a component renders again with a new delegate, the
/// element's new handler id, which the diff sends as a lone attribute frame, replaces the disposed one.
/// </summary>
public sealed class PageMirror(string eventName, string attribute, string value)
{
    private static readonly Node Leaf = new();

    private readonly string _handlerAttribute = "on" + eventName;
    private readonly Dictionary<int, List<Node>> _components = [];

    /// <summary>Components no other component placed (the page's root components), in the order they first rendered.</summary>
    private readonly List<int> _roots = [];

    /// <summary>
    /// The first element in document order that carries the target attribute and a handler of the event, with
    /// the component that rendered it (the browser sends that component with a form field's value); null if none.
    /// </summary>
    public (int ComponentId, ulong Handler)? Target()
    {
        foreach (var root in _roots)
        {
            if (Find(root) is { } found)
                return found;
        }

        return null;
    }

    public void Apply(RenderBatchReader batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        for (var diff = 0; diff < batch.DiffCount; diff++)
        {
            var component = batch.DiffComponent(diff);
            if (!_components.TryGetValue(component, out var children))
            {
                // Not placed by a parent's frame: a root component the page's markers added.
                _components[component] = children = [];
                _roots.Add(component);
            }

            ApplyEdits(batch, diff, children);
        }

        for (var i = 0; i < batch.DisposedComponentCount; i++)
        {
            var disposed = batch.DisposedComponent(i);
            _components.Remove(disposed);
            _roots.Remove(disposed);
        }
    }

    private void ApplyEdits(RenderBatchReader batch, int diff, List<Node> children)
    {
        var parent = children;
        var ancestors = new Stack<List<Node>>();
        List<(int From, int To)>? permutation = null;
        for (var e = 0; e < batch.EditCount(diff); e++)
        {
            var edit = batch.Edit(diff, e);
            var sibling = edit.SiblingIndex;
            switch (edit.Type)
            {
                case RenderEditType.PrependFrame:
                    Insert(batch, parent, sibling, edit.FrameIndex);
                    break;
                case RenderEditType.RemoveFrame:
                    parent.RemoveAt(sibling);
                    break;
                case RenderEditType.SetAttribute:
                    SetAttribute(ElementAt(parent, sibling), batch, edit.FrameIndex);
                    break;
                case RenderEditType.RemoveAttribute:
                    SetAttribute(ElementAt(parent, sibling), edit.RemovedAttributeName, null, 0);
                    break;
                case RenderEditType.StepIn:
                    ancestors.Push(parent);
                    var element = ElementAt(parent, sibling);
                    parent = element.Children ??= [];
                    break;
                case RenderEditType.StepOut:
                    parent = ancestors.Pop();
                    break;
                case RenderEditType.PermutationListEntry:
                    (permutation ??= []).Add((sibling, edit.FrameIndex));
                    break;
                case RenderEditType.PermutationListEnd:
                    // All moved nodes are taken first, then put at their new places (permuteLogicalChildren).
                    var moved = permutation!.Select(p => parent[p.From]).ToList();
                    for (var i = 0; i < moved.Count; i++)
                        parent[permutation![i].To] = moved[i];
                    permutation = null;
                    break;
                case RenderEditType.UpdateText:
                case RenderEditType.UpdateMarkup:
                    // Still one logical child; its content is not needed.
                    break;
                default:
                    throw new InvalidOperationException($"Unknown render edit type {edit.Type}.");
            }
        }
    }

    /// <summary>Inserts reference frame <paramref name="frame"/> at <paramref name="index"/>; the number of logical children it made.</summary>
    private int Insert(RenderBatchReader batch, List<Node> parent, int index, int frame)
    {
        switch (batch.FrameType(frame))
        {
            case RenderFrameType.Element:
                var element = new Element();
                var end = frame + batch.SubtreeLength(frame);
                var child = frame + 1;
                for (; child < end && batch.FrameType(child) == RenderFrameType.Attribute; child++)
                    SetAttribute(element, batch, child);
                if (child < end)
                    InsertRange(batch, element.Children = [], 0, child, end);
                parent.Insert(index, element);
                return 1;
            case RenderFrameType.Text:
            case RenderFrameType.Markup:
                parent.Insert(index, Leaf);
                return 1;
            case RenderFrameType.Component:
                // The child's own frames come in its own diff, later in the same batch.
                var id = batch.ComponentId(frame);
                _components[id] = [];
                parent.Insert(index, new Placeholder(id));
                return 1;
            case RenderFrameType.Region:
                return InsertRange(batch, parent, index, frame + 1, frame + batch.SubtreeLength(frame));
            default:
                // Reference captures and named events are in the diff but not in the page.
                return 0;
        }
    }

    private int InsertRange(RenderBatchReader batch, List<Node> parent, int index, int start, int end)
    {
        var first = index;
        for (var frame = start; frame < end; frame++)
        {
            index += Insert(batch, parent, index, frame);
            if (batch.FrameType(frame) is RenderFrameType.Element or RenderFrameType.Component or RenderFrameType.Region)
                frame += batch.SubtreeLength(frame) - 1;
        }

        return index - first;
    }

    private void SetAttribute(Element element, RenderBatchReader batch, int frame) =>
        SetAttribute(element, batch.AttributeName(frame), batch.AttributeValue(frame), batch.AttributeHandler(frame));

    /// <summary>Sets an attribute of <paramref name="element"/>; a null value and no handler is its removal.</summary>
    private void SetAttribute(Element element, string? name, string? text, ulong handler)
    {
        if (name == _handlerAttribute)
            element.Handler = handler;
        else if (name == attribute)
            element.Matches = text?.Contains(value, StringComparison.Ordinal) == true;
    }

    private static Element ElementAt(List<Node> parent, int index) =>
        parent[index] as Element ?? throw new InvalidOperationException("A render edit addressed an attribute or child of a node that is not an element.");

    private (int, ulong)? Find(int component)
    {
        if (!_components.TryGetValue(component, out var children))
            return null;
        return Find(component, children);
    }

    private (int, ulong)? Find(int component, List<Node> nodes)
    {
        foreach (var node in nodes)
        {
            var found = node switch
            {
                Element { Matches: true, Handler: not 0 } target => (component, target.Handler),
                Element { Children: { } children } => Find(component, children),
                Placeholder placeholder => Find(placeholder.ComponentId),
                _ => null,
            };
            if (found is not null)
                return found;
        }

        return null;
    }

    private class Node;

    private sealed class Placeholder(int componentId) : Node
    {
        public int ComponentId { get; } = componentId;
    }

    private sealed class Element : Node
    {
        public List<Node>? Children { get; set; }

        public bool Matches { get; set; }

        public ulong Handler { get; set; }
    }
}
