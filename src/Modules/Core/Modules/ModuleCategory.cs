namespace MediaCreator.Modules.Core.Modules;

public enum ModuleCategory
{
    Core,
    InputBrain,
    Image,
    Video,
    Audio,
    Publishing,
    Analytics,
    Other,
}
