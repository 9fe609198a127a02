#pragma once

#include <cstddef>
#include <new>
#include <utility>

// Under AddressSanitizer the blocks waiting in a BlockCache are poisoned,
// so that a use after free is still caught.
#if defined(__SANITIZE_ADDRESS__)
#define MAXMON_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MAXMON_ASAN 1
#endif
#endif
#ifdef MAXMON_ASAN
#include <sanitizer/asan_interface.h>
#define MAXMON_POISON(block, size) ASAN_POISON_MEMORY_REGION(block, size)
#define MAXMON_UNPOISON(block, size) ASAN_UNPOISON_MEMORY_REGION(block, size)
#else
#define MAXMON_POISON(block, size) static_cast<void>(0)
#define MAXMON_UNPOISON(block, size) static_cast<void>(0)
#endif

namespace maxmon {

// Blocks of one size that this thread freed, kept for its next
// allocations of that size. A busy connection makes and drops messages by
// the hundred thousand a second, and in bursts (the log evicts a batch at a
// time): glibc's malloc takes such bursts of small frees into its fastbins,
// which every larger allocation then consolidates, at a cost that showed as
// a quarter of the client's time in bench_throughput. Two of the three
// blocks of a message (its Private and its FrameContent) come from here.
// Bounded: beyond MaxBlocks, blocks go back to malloc.
template<std::size_t Size>
class BlockCache
{
public:
    static void *take()
    {
        State &state = local();
        if (!state.head || state.released)
            return ::operator new(Size);
        --state.count;
        Node *block = std::exchange(state.head, state.head->next);
        MAXMON_UNPOISON(block, Size);
        return block;
    }

    static void give(void *block)
    {
        State &state = local();
        if (state.count >= MaxBlocks || state.released) {
            ::operator delete(block);
            return;
        }
        state.head = new (block) Node { state.head };
        ++state.count;
        // the link stays readable, the rest is off limits until take()
        MAXMON_POISON(static_cast<char *>(block) + sizeof(Node), Size - sizeof(Node));
    }

private:
    struct Node
    {
        Node *next;
    };
    static_assert(Size >= sizeof(Node));
    static constexpr int MaxBlocks = 16384;

    // Trivially destructible, so that it outlives the thread's other
    // thread_local objects; Release gives its blocks back at thread exit,
    // after which every block goes straight to malloc.
    struct State
    {
        Node *head;
        int count;
        bool released;
    };
    struct Release
    {
        ~Release()
        {
            State &state = s_state;
            state.released = true;
            while (state.head) {
                Node *block = std::exchange(state.head, state.head->next);
                MAXMON_UNPOISON(block, Size);
                ::operator delete(block);
            }
            state.count = 0;
        }
    };

    static State &local()
    {
        thread_local Release release; // constructed on first use: registers the cleanup
        static_cast<void>(release);
        return s_state;
    }

    static thread_local State s_state;
};

template<std::size_t Size>
thread_local typename BlockCache<Size>::State BlockCache<Size>::s_state {};

// For std::allocate_shared: the control block and the FrameContent in one
// block from the cache.
template<typename T>
struct CachedAllocator
{
    using value_type = T;

    CachedAllocator() = default;
    template<typename U>
    explicit CachedAllocator(const CachedAllocator<U> &)
    { }

    T *allocate(std::size_t n)
    {
        if (n != 1)
            return static_cast<T *>(::operator new(n * sizeof(T)));
        return static_cast<T *>(BlockCache<sizeof(T)>::take());
    }
    void deallocate(T *block, std::size_t n)
    {
        if (n != 1) {
            ::operator delete(block);
            return;
        }
        BlockCache<sizeof(T)>::give(block);
    }

    template<typename U>
    friend bool operator==(const CachedAllocator &, const CachedAllocator<U> &)
    {
        return true;
    }
    template<typename U>
    friend bool operator!=(const CachedAllocator &, const CachedAllocator<U> &)
    {
        return false;
    }
};

} // namespace maxmon
