public enum VitaRenderPlaceholder {}
