/**
 * Around a part of the page whose code loads on first use: when that code cannot be fetched (the
 * server the page came from is restarting or gone, and no offline copy is installed), the part says
 * so in its place and the rest of the editor keeps working, with nothing the user made lost.
 */
import { Component, type ReactNode } from 'react';

interface Props {
  /** What could not be loaded, as a sentence's subject: "The chart", "Contributes to". */
  readonly what: string;
  readonly children: ReactNode;
}

export class LoadProblemBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <p className="error-message" role="status">
        {this.props.what} could not be loaded: the server this page came from does not answer. Reload the page once it is back; your work is kept on this computer.
      </p>
    );
  }
}
