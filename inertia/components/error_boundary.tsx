import { Component, type ErrorInfo, type ReactNode } from 'react'
import { Button, EmptyState } from '@mantine/core'
import { IconBug } from '@tabler/icons-react'

type Props = {
  children: ReactNode
  /** Changes when the user navigates: a new page gets a fresh chance to render. */
  resetKey: string
  labels: { title: string; body: string; reload: string }
}

/**
 * Keeps the shell usable when a page throws while rendering: the page area
 * shows a translated error state with a reload button instead of going blank.
 */
export class PageErrorBoundary extends Component<Props, { error: Error | null; key: string }> {
  state = { error: null as Error | null, key: this.props.resetKey }

  static getDerivedStateFromError(error: Error) {
    return { error }
  }

  static getDerivedStateFromProps(props: Props, state: { error: Error | null; key: string }) {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey }
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack)
  }

  render() {
    if (!this.state.error) return this.props.children
    const { labels } = this.props
    return (
      <EmptyState
        role="alert"
        variant="light"
        color="red"
        py="xl"
        icon={<IconBug size={26} />}
        title={labels.title}
        description={labels.body}
      >
        <EmptyState.Actions>
          <Button variant="light" onClick={() => window.location.reload()}>
            {labels.reload}
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    )
  }
}
