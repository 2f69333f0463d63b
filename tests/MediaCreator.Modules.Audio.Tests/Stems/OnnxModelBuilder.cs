using System.Text;

namespace MediaCreator.Modules.Audio.Tests.Stems;

/// <summary>
/// Hand-encodes small ONNX models (the ModelProto protobuf of onnx.proto, IR version 8, default opset 13): enough
/// fields for graphs of standard operators with float/int64 initializers and tensor inputs/outputs whose dimensions
/// are fixed numbers or named (dynamic) ones.
/// </summary>
internal sealed class OnnxModelBuilder
{
    private const int Float = 1;
    private const int Int64 = 7;

    private readonly List<byte[]> _nodes = [];
    private readonly List<byte[]> _initializers = [];
    private readonly List<byte[]> _inputs = [];
    private readonly List<byte[]> _outputs = [];

    public OnnxModelBuilder Input(string name, params object[] dims)
    {
        _inputs.Add(ValueInfo(name, Float, dims));
        return this;
    }

    public OnnxModelBuilder Output(string name, params object[] dims)
    {
        _outputs.Add(ValueInfo(name, Float, dims));
        return this;
    }

    public OnnxModelBuilder FloatTensor(string name, long[] dims, float[] values)
    {
        var tensor = new Proto();
        foreach (var d in dims) tensor.Varint(1, d);
        tensor.Varint(2, Float);
        tensor.Bytes(4, values.SelectMany(BitConverter.GetBytes).ToArray());
        tensor.String(8, name);
        _initializers.Add(tensor.ToArray());
        return this;
    }

    public OnnxModelBuilder Int64Tensor(string name, long[] dims, long[] values)
    {
        var tensor = new Proto();
        foreach (var d in dims) tensor.Varint(1, d);
        tensor.Varint(2, Int64);
        var packed = new Proto();
        foreach (var v in values) packed.RawVarint(v);
        tensor.Bytes(7, packed.ToArray());
        tensor.String(8, name);
        _initializers.Add(tensor.ToArray());
        return this;
    }

    /// <param name="intAttributes">INT attributes, e.g. <c>("axis", 0)</c>.</param>
    public OnnxModelBuilder Node(string opType, string[] inputs, string[] outputs, params (string Name, long Value)[] intAttributes)
    {
        var node = new Proto();
        foreach (var i in inputs) node.String(1, i);
        foreach (var o in outputs) node.String(2, o);
        node.String(3, $"{opType}_{_nodes.Count}");
        node.String(4, opType);
        foreach (var (name, value) in intAttributes)
        {
            var attribute = new Proto();
            attribute.String(1, name);
            attribute.Varint(3, value);
            attribute.Varint(20, 2); // AttributeType INT
            node.Message(5, attribute);
        }
        _nodes.Add(node.ToArray());
        return this;
    }

    public byte[] Build()
    {
        var graph = new Proto();
        foreach (var n in _nodes) graph.Bytes(1, n);
        graph.String(2, "test-separator");
        foreach (var i in _initializers) graph.Bytes(5, i);
        foreach (var i in _inputs) graph.Bytes(11, i);
        foreach (var o in _outputs) graph.Bytes(12, o);

        var opset = new Proto();
        opset.String(1, "");
        opset.Varint(2, 13);

        var model = new Proto();
        model.Varint(1, 8); // ir_version
        model.String(2, "mediacreator-tests");
        model.Message(7, graph);
        model.Message(8, opset);
        return model.ToArray();
    }

    private static byte[] ValueInfo(string name, int elementType, object[] dims)
    {
        var shape = new Proto();
        foreach (var d in dims)
        {
            var dim = new Proto();
            if (d is string symbol) dim.String(2, symbol);
            else dim.Varint(1, Convert.ToInt64(d, System.Globalization.CultureInfo.InvariantCulture));
            shape.Message(1, dim);
        }
        var tensor = new Proto();
        tensor.Varint(1, elementType);
        tensor.Message(2, shape);
        var type = new Proto();
        type.Message(1, tensor);
        var info = new Proto();
        info.String(1, name);
        info.Message(2, type);
        return info.ToArray();
    }

    /// <summary>Protobuf wire format: varints (type 0) and length-delimited fields (type 2).</summary>
    private sealed class Proto
    {
        private readonly MemoryStream _stream = new();

        public void Varint(int field, long value)
        {
            RawVarint(((long)field << 3) | 0);
            RawVarint(value);
        }

        public void String(int field, string value) => Bytes(field, Encoding.UTF8.GetBytes(value));

        public void Message(int field, Proto message) => Bytes(field, message.ToArray());

        public void Bytes(int field, byte[] value)
        {
            RawVarint(((long)field << 3) | 2);
            RawVarint(value.Length);
            _stream.Write(value);
        }

        public void RawVarint(long value)
        {
            var v = unchecked((ulong)value);
            while (v >= 0x80)
            {
                _stream.WriteByte((byte)(v | 0x80));
                v >>= 7;
            }
            _stream.WriteByte((byte)v);
        }

        public byte[] ToArray() => _stream.ToArray();
    }
}
